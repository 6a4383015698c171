/**
 * The Images API: generate ({@code POST /images/generations}), edit ({@code POST /images/edits}, multipart) and
 * vary ({@code POST /images/variations}, multipart) images, with streamed partial images for the GPT image models
 * and helpers that write base64 images to files.
 */
@NullMarked
package dev.integrations.openai.images;

import org.jspecify.annotations.NullMarked;
