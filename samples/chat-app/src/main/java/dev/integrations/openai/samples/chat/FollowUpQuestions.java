package dev.integrations.openai.samples.chat;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Questions the user might ask next, as the model returns them through Structured Outputs: the client generates the
 * JSON Schema from this record and reads the reply back into it ({@code chat.createAsync(request,
 * FollowUpQuestions.class)}).
 *
 * @param questions the questions, shortest first
 */
@JsonClassDescription("Follow-up questions the user could ask next")
record FollowUpQuestions(
		@JsonPropertyDescription("Three short follow-up questions, each under twelve words") List<String> questions) {

	FollowUpQuestions {
		questions = List.copyOf(questions);
	}

}
