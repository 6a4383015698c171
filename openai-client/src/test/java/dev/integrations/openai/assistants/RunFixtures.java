package dev.integrations.openai.assistants;

/**
 * Runs and run steps shaped like the API reference examples.
 */
final class RunFixtures {

	private RunFixtures() {
	}

	/**
	 * A run in a status.
	 * @param status the status
	 * @return the JSON
	 */
	static String run(String status) {
		return """
				{
				  "id": "run_abc123",
				  "object": "thread.run",
				  "created_at": 1699063290,
				  "assistant_id": "asst_abc123",
				  "thread_id": "thread_abc123",
				  "status": "%s",
				  "started_at": 1699063290,
				  "expires_at": null,
				  "cancelled_at": null,
				  "failed_at": null,
				  "completed_at": %s,
				  "required_action": null,
				  "last_error": null,
				  "model": "gpt-4o",
				  "instructions": null,
				  "incomplete_details": null,
				  "tools": [{"type": "code_interpreter"}],
				  "metadata": {},
				  "usage": %s,
				  "temperature": 1.0,
				  "top_p": 1.0,
				  "max_prompt_tokens": 1000,
				  "max_completion_tokens": 1000,
				  "truncation_strategy": {"type": "auto", "last_messages": null},
				  "response_format": "auto",
				  "tool_choice": "auto",
				  "parallel_tool_calls": true
				}
				""".formatted(status, "completed".equals(status) ? "1699063291" : "null",
				"completed".equals(status) ? "{\"prompt_tokens\": 123, \"completion_tokens\": 456, \"total_tokens\": 579}"
						: "null");
	}

	/** A run waiting for the output of a function call. */
	static final String REQUIRES_ACTION = """
			{
			  "id": "run_abc123",
			  "object": "thread.run",
			  "created_at": 1699063290,
			  "assistant_id": "asst_abc123",
			  "thread_id": "thread_abc123",
			  "status": "requires_action",
			  "required_action": {
			    "type": "submit_tool_outputs",
			    "submit_tool_outputs": {
			      "tool_calls": [
			        {"id": "call_001", "type": "function",
			         "function": {"name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}"}}
			      ]
			    }
			  },
			  "last_error": null,
			  "expires_at": 1699063890,
			  "started_at": 1699063291,
			  "cancelled_at": null,
			  "failed_at": null,
			  "completed_at": null,
			  "incomplete_details": null,
			  "model": "gpt-4o",
			  "instructions": "You answer weather questions.",
			  "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}],
			  "metadata": {},
			  "usage": null,
			  "temperature": 1.0,
			  "top_p": 1.0,
			  "max_prompt_tokens": null,
			  "max_completion_tokens": null,
			  "truncation_strategy": {"type": "last_messages", "last_messages": 10},
			  "response_format": {"type": "json_object"},
			  "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
			  "parallel_tool_calls": false
			}
			""";

	/** A completed tool-calls run step with file search results and code interpreter output. */
	static final String TOOL_STEP = """
			{
			  "id": "step_abc123",
			  "object": "thread.run.step",
			  "created_at": 1699063291,
			  "run_id": "run_abc123",
			  "assistant_id": "asst_abc123",
			  "thread_id": "thread_abc123",
			  "type": "tool_calls",
			  "status": "completed",
			  "cancelled_at": null,
			  "completed_at": 1699063291,
			  "expired_at": null,
			  "failed_at": null,
			  "last_error": null,
			  "step_details": {
			    "type": "tool_calls",
			    "tool_calls": [
			      {"id": "call_fs1", "type": "file_search", "file_search": {
			        "ranking_options": {"ranker": "default_2024_08_21", "score_threshold": 0.0},
			        "results": [{"file_id": "file-handbook", "file_name": "handbook.pdf", "score": 0.87,
			          "content": [{"type": "text", "text": "Employees receive 25 days of paid leave."}]}]}},
			      {"id": "call_ci1", "type": "code_interpreter", "code_interpreter": {
			        "input": "print(25 * 8)",
			        "outputs": [{"type": "logs", "logs": "200"}, {"type": "image", "image": {"file_id": "file-plot"}}]}},
			      {"id": "call_fn1", "type": "function", "function": {
			        "name": "get_weather", "arguments": "{\\"city\\":\\"Paris\\"}", "output": "{\\"celsius\\":18}"}}
			    ]
			  },
			  "usage": {"prompt_tokens": 123, "completion_tokens": 456, "total_tokens": 579}
			}
			""";

}
