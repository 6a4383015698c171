package dev.integrations.openai.images;

import dev.integrations.openai.common.FileContent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart form of the image endpoints: file parts, and text fields written as their wire values (enums by
 * their {@code @JsonProperty} names).
 */
final class ImageForm {

	private final MultipartBodyBuilder builder = new MultipartBodyBuilder();

	private final JsonMapper mapper;

	ImageForm(JsonMapper mapper) {
		this.mapper = mapper;
	}

	ImageForm file(String name, @Nullable FileContent file) {
		if (file != null) {
			file.addTo(this.builder, name);
		}
		return this;
	}

	ImageForm field(String name, @Nullable Object value) {
		if (value != null) {
			this.builder.part(name, this.mapper.convertValue(value, String.class));
		}
		return this;
	}

	MultiValueMap<String, HttpEntity<?>> build() {
		return this.builder.build();
	}

}
