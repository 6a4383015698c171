/**
 * The Fine-tuning API: create, list, retrieve, cancel, pause and resume jobs, list their events and checkpoints,
 * share checkpoints with other projects, and wait for a job to finish.
 */
@NullMarked
package dev.integrations.openai.finetuning;

import org.jspecify.annotations.NullMarked;
