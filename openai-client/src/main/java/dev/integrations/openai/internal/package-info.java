/**
 * Internals shared by the service packages. Public only so that those packages can reach them; not an API, and
 * subject to change without notice.
 */
@NullMarked
package dev.integrations.openai.internal;

import org.jspecify.annotations.NullMarked;
