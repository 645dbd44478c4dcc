package com.alujrat.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import com.alujrat.testing.IntegrationTest;
import com.alujrat.testing.PlatformTestSupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description is what the mobile apps are generated from: every operation has a summary, its module's
 * tag, its 4xx answers as problem details, and typed schemas (nothing that is merely "an object").
 */
@IntegrationTest
class ApiDescriptionTests extends PlatformTestSupport {

	private static final Set<String> MODULES = Set.of("accounts", "notifications", "verification", "profiles", "privacy",
			"platform", "projects", "contracts", "reviews", "catalog", "payments", "billing", "messaging", "support", "activity");

	@Test
	void everyOperationHasASummaryItsModulesTagAndProblemAnswers() {
		JsonNode description = api.get("/v3/api-docs").json();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				JsonNode op = operation.getValue();
				if (op.path("summary").asString("").isBlank()) {
					missing.add(name + ": summary");
				}
				if (op.path("tags").size() != 1 || !MODULES.contains(op.path("tags").get(0).asString())) {
					missing.add(name + ": module tag");
				}
				boolean problem4xx = false;
				for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
					if (response.getKey().startsWith("4")) {
						problem4xx = response.getValue().path("content").has("application/problem+json");
						if (!problem4xx) {
							missing.add(name + ": " + response.getKey() + " as problem details");
						}
					}
				}
				if (!op.path("responses").has("401")) {
					missing.add(name + ": 401");
				}
				if (op.toString().contains("\"type\":\"object\"}") || op.toString().contains("\"additionalProperties\":{}")) {
					missing.add(name + ": an untyped object");
				}
			}
		}
		for (Map.Entry<String, JsonNode> schema : description.path("components").path("schemas").properties()) {
			if (isBareObject(schema.getValue())) {
				missing.add("schema " + schema.getKey() + ": an untyped object");
			}
			for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
				if (isBareObject(property.getValue())) {
					missing.add("schema " + schema.getKey() + "." + property.getKey() + ": an untyped object");
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static boolean isBareObject(JsonNode schema) {
		return (schema.isEmpty() || "object".equals(schema.path("type").asString(""))) && !schema.has("properties")
				&& !schema.has("$ref") && !schema.has("oneOf") && !schema.has("additionalProperties")
				&& !schema.has("allOf");
	}
}
