package dev.integrations.openai.evals;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * Whether an output item of an eval run passed its testing criteria.
 */
public enum EvalOutputItemStatus {

	/** Passed. */
	PASS,

	/** Failed. */
	FAIL,

	/** A status this client does not know yet (never sent). */
	@JsonEnumDefaultValue
	UNKNOWN

}
