package com.alujrat.platform.internal;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at /v3/api-docs: its title and bearer scheme, one tag per module (from the
 * controller's package), and the 4xx answers every operation can give, as problem details: 400 when it takes input,
 * 401 (no or a bad token), 403 (not allowed, email unverified, two-factor required, CSRF), 404 when its path names
 * something. Operations that are limited declare their 429 themselves.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	@Bean
	OpenAPI alUjratApi() {
		return new OpenAPI()
			.info(new Info().title("Al Ujrat API")
				.version("v1")
				.description("The API of the Al Ujrat apps. Errors are RFC 9457 problem details whose type is "
						+ "https://alujrat.com/problems/<slug>; validation problems list {field, message} under errors."))
			.components(new Components().addSchemas(PROBLEM, problemSchema()))
			.schemaRequirement("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

	/** The module an operation belongs to is its tag: {@code com.alujrat.<module>.web.SomeApi} → {@code <module>}. */
	@Bean
	OperationCustomizer moduleTags() {
		return (operation, handler) -> {
			String[] packages = handler.getBeanType().getPackageName().split("\\.");
			operation.setTags(List.of(packages.length > 2 ? packages[2] : "platform"));
			return operation;
		};
	}

	@Bean
	OpenApiCustomizer problemAnswers() {
		return api -> api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
			ApiResponses responses = operation.getResponses();
			if (takesInput(operation)) {
				answer(responses, "400", "The input is not valid: the fields and their messages are listed under errors.");
			}
			answer(responses, "401", "No valid access token where one is needed, or a refused sign-in.");
			answer(responses, "403", "Not allowed: a missing role, an unverified email, two-factor not on, or no CSRF token.");
			if (path.contains("{")) {
				answer(responses, "404", "Nothing here that the caller may see.");
			}
			responses.forEach((code, response) -> {
				if (code.startsWith("4") && response.getContent() == null) {
					response.setContent(problemContent());
				}
				else if (code.startsWith("4") && !response.getContent().containsKey(PROBLEM_JSON)) {
					response.getContent().addMediaType(PROBLEM_JSON, problemContent().get(PROBLEM_JSON));
				}
			});
		}));
	}

	private static boolean takesInput(Operation operation) {
		return operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
	}

	private static void answer(ApiResponses responses, String code, String description) {
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(description).content(problemContent()));
		}
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema fieldMessage = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		return new ObjectSchema().description("RFC 9457 problem details")
			.properties(Map.of("type", new StringSchema().format("uri"), "title", new StringSchema(), "status",
					new IntegerSchema(), "detail", new StringSchema(), "instance", new StringSchema(), "errors",
					new ArraySchema().items(fieldMessage)));
	}
}
