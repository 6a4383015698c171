package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ResponseItem}s of the tools that run commands and edit files on the caller's side: local shell,
 * shell and apply patch. The model sends a call; the caller runs it and sends the output item back
 * ({@link #localShellOutput}, {@link #shellOutput}, {@link #applyPatchOutput}).
 */
public sealed interface ShellItem extends ResponseItem {

	/**
	 * The output of a local shell call.
	 * @param callId the ID of the {@link LocalShellCall}
	 * @param output the output of the command, as JSON text
	 * @return the item
	 */
	static LocalShellCallOutput localShellOutput(String callId, String output) {
		return new LocalShellCallOutput(callId, output, null);
	}

	/**
	 * The output of a shell call.
	 * @param callId the {@code call_id} of the {@link ShellCall}
	 * @param output the output of each command
	 * @return the item
	 */
	static ShellCallOutput shellOutput(String callId, List<ShellOutput> output) {
		return new ShellCallOutput(null, callId, null, null, output, null, null);
	}

	/**
	 * The output of an apply patch call.
	 * @param callId the {@code call_id} of the {@link ApplyPatchCall}
	 * @param status {@code completed} or {@code failed}
	 * @param output a log or error message, or {@code null}
	 * @return the item
	 */
	static ApplyPatchCallOutput applyPatchOutput(String callId, String status, @Nullable String output) {
		return new ApplyPatchCallOutput(null, callId, null, status, output, null);
	}

	/**
	 * A command the model wants the caller to run in a local shell ({@code local_shell_call}).
	 *
	 * @param id the item ID
	 * @param callId the call ID
	 * @param action the command to run
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 */
	@JsonTypeName("local_shell_call")
	record LocalShellCall(String id, String callId, Exec action, String status) implements ShellItem {

	}

	/**
	 * A command to run.
	 *
	 * @param type always {@code exec}
	 * @param command the command and its arguments
	 * @param timeoutMs the timeout, in milliseconds
	 * @param workingDirectory the directory to run it in
	 * @param env the environment variables to set
	 * @param user the user to run it as
	 */
	record Exec(String type, List<String> command, @Nullable Integer timeoutMs, @Nullable String workingDirectory,
			Map<String, String> env, @Nullable String user) {

		/**
		 * Normalizes a missing command and environment to empty ones.
		 */
		public Exec {
			command = WireLists.copyOf(command);
			env = (env != null) ? Map.copyOf(env) : Map.of();
		}

	}

	/**
	 * The output of a local shell call ({@code local_shell_call_output}).
	 *
	 * @param id the ID of the local shell call this answers
	 * @param output the output, as JSON text
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 */
	@JsonTypeName("local_shell_call_output")
	record LocalShellCallOutput(String id, String output, @Nullable String status) implements ShellItem {

	}

	/**
	 * Commands the model wants the caller (or a hosted container) to run ({@code shell_call}).
	 *
	 * @param id the item ID
	 * @param callId the call ID to answer with
	 * @param caller the execution context that produced the call
	 * @param action the commands
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param environment where the commands run
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("shell_call")
	record ShellCall(@Nullable String id, String callId, @Nullable ToolCaller caller, ShellAction action,
			@Nullable String status, @Nullable ShellEnvironment environment,
			@Nullable String createdBy) implements ShellItem {

	}

	/**
	 * The commands of a shell call.
	 *
	 * @param commands the commands, run in order
	 * @param timeoutMs the timeout, in milliseconds
	 * @param maxOutputLength the most characters of output to keep per command
	 */
	record ShellAction(List<String> commands, @Nullable Integer timeoutMs, @Nullable Integer maxOutputLength) {

		/**
		 * Normalizes missing commands to an empty list.
		 */
		public ShellAction {
			commands = WireLists.copyOf(commands);
		}

	}

	/**
	 * The output of a shell call ({@code shell_call_output}).
	 *
	 * @param id the item ID, on items from the API
	 * @param callId the {@code call_id} of the call this answers
	 * @param caller the execution context that produced the call
	 * @param status {@code in_progress}, {@code completed} or {@code incomplete}
	 * @param output the output of each command
	 * @param maxOutputLength the most characters of output kept per command
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("shell_call_output")
	record ShellCallOutput(@Nullable String id, String callId, @Nullable ToolCaller caller, @Nullable String status,
			List<ShellOutput> output, @Nullable Integer maxOutputLength,
			@Nullable String createdBy) implements ShellItem {

		/**
		 * Normalizes missing output to an empty list.
		 */
		public ShellCallOutput {
			output = WireLists.copyOf(output);
		}

	}

	/**
	 * The output of one command of a shell call.
	 *
	 * @param stdout its standard output
	 * @param stderr its standard error
	 * @param outcome how it ended
	 * @param createdBy the ID of the entity that created the output, on stored items
	 */
	record ShellOutput(String stdout, String stderr, ShellOutcome outcome, @Nullable String createdBy) {

		/**
		 * The output of a command that exited.
		 * @param stdout its standard output
		 * @param stderr its standard error
		 * @param exitCode its exit code
		 * @return the output
		 */
		public static ShellOutput exited(String stdout, String stderr, int exitCode) {
			return new ShellOutput(stdout, stderr, new ShellOutcome.Exit(exitCode), null);
		}

	}

	/**
	 * A file change the model wants the caller to apply ({@code apply_patch_call}).
	 *
	 * @param id the item ID
	 * @param callId the call ID to answer with
	 * @param caller the execution context that produced the call
	 * @param status {@code in_progress} or {@code completed}
	 * @param operation the change
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("apply_patch_call")
	record ApplyPatchCall(@Nullable String id, String callId, @Nullable ToolCaller caller, String status,
			PatchOperation operation, @Nullable String createdBy) implements ShellItem {

	}

	/**
	 * The outcome of an apply patch call ({@code apply_patch_call_output}).
	 *
	 * @param id the item ID, on items from the API
	 * @param callId the {@code call_id} of the call this answers
	 * @param caller the execution context that produced the call
	 * @param status {@code completed} or {@code failed}
	 * @param output a log or error message
	 * @param createdBy the ID of the entity that created the item, on stored items
	 */
	@JsonTypeName("apply_patch_call_output")
	record ApplyPatchCallOutput(@Nullable String id, String callId, @Nullable ToolCaller caller, String status,
			@Nullable String output, @Nullable String createdBy) implements ShellItem {

	}

}
