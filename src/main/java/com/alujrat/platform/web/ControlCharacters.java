package com.alujrat.platform.web;

import java.beans.PropertyEditorSupport;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text with a NUL or another control character (tab and line breaks aside) is refused at the edge, for every JSON
 * field and every form field: such characters have no business in names, emails or descriptions, and PostgreSQL
 * refuses NUL outright. JSON answers a field error; a form shows its message next to the field.
 */
@Configuration(proxyBeanMethods = false)
@ControllerAdvice
public class ControlCharacters {

	static final String REFUSED = "control characters";

	public static boolean present(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
				return true;
			}
		}
		return false;
	}

	@Bean
	JacksonModule controlCharacterRefusal() {
		return new SimpleModule("control-characters").addDeserializer(String.class, new StringDeserializer() {
			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String value = super.deserialize(parser, context);
				if (value != null && present(value)) {
					throw InvalidFormatException.from(parser, REFUSED, value, String.class);
				}
				return value;
			}
		});
	}

	/** Form fields: a refused value becomes a type-mismatch error on its field ({@code typeMismatch} message). */
	@InitBinder
	void refuseInForms(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				if (text != null && present(text)) {
					throw new IllegalArgumentException(REFUSED);
				}
				setValue(text);
			}
		});
	}
}
