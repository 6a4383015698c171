/**
 * The Evals API: create evals (a data source config and testing criteria, the graders of
 * {@link dev.integrations.openai.finetuning.Grader}), run them on models or stored data, and read each run's result
 * counts and output items.
 */
@NullMarked
package dev.integrations.openai.evals;

import org.jspecify.annotations.NullMarked;
