package dev.integrations.openai.responses;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;

/**
 * The file change of an apply patch call, by its {@code type}: create, update or delete a file. Diffs are in the
 * V4A diff format.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = PatchOperation.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(PatchOperation.CreateFile.class), @JsonSubTypes.Type(PatchOperation.UpdateFile.class),
		@JsonSubTypes.Type(PatchOperation.DeleteFile.class) })
public sealed interface PatchOperation {

	/**
	 * Create a file ({@code create_file}).
	 *
	 * @param path the path of the file
	 * @param diff its content, as a diff
	 */
	@JsonTypeName("create_file")
	record CreateFile(String path, String diff) implements PatchOperation {

	}

	/**
	 * Update a file ({@code update_file}).
	 *
	 * @param path the path of the file
	 * @param diff the change
	 */
	@JsonTypeName("update_file")
	record UpdateFile(String path, String diff) implements PatchOperation {

	}

	/**
	 * Delete a file ({@code delete_file}).
	 *
	 * @param path the path of the file
	 */
	@JsonTypeName("delete_file")
	record DeleteFile(String path) implements PatchOperation {

	}

	/**
	 * An operation of a type added after this client, kept as read and written back unchanged.
	 *
	 * @param type the operation type
	 * @param fields the other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements PatchOperation {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
