package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.internal.WireLists;

/**
 * A namespace of function and custom tools ({@code type: namespace}), such as the tools of one domain.
 *
 * @param name the namespace name
 * @param description what its tools do, for the model
 * @param tools its tools: {@link ResponseTool.Function}s and {@link CustomTool}s
 */
@JsonTypeName("namespace")
public record NamespaceTool(String name, String description,
		List<ResponseTool> tools) implements ResponseTool {

	/**
	 * Copies the tools.
	 */
	public NamespaceTool {
		tools = WireLists.copyOf(tools);
	}

	@Override
	public String type() {
		return "namespace";
	}

	@Override
	public void validate() {
		Validation.notBlank("tools.namespace.name", this.name);
		Validation.notBlank("tools.namespace.description", this.description);
		Validation.notEmpty("tools.namespace.tools", this.tools);
		for (ResponseTool tool : this.tools) {
			if (!(tool instanceof ResponseTool.Function || tool instanceof CustomTool)) {
				throw new OpenAIValidationException("tools.namespace.tools",
						"tools.namespace.tools holds function and custom tools only, not " + tool.type());
			}
			tool.validate();
		}
	}

}
