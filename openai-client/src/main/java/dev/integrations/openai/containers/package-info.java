/**
 * The Containers API: create, list, retrieve and delete the sandboxed containers the code interpreter and shell
 * tools run in, and add files to a container (by file ID or by upload), list, retrieve, delete and download them.
 */
@NullMarked
package dev.integrations.openai.containers;

import org.jspecify.annotations.NullMarked;
