package com.alujrat.platform.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title and its bearer-token scheme, served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	@Bean
	OpenAPI alUjratApi() {
		return new OpenAPI()
			.info(new Info().title("Al Ujrat API")
				.version("v1")
				.description("The API of the Al Ujrat apps. Errors are RFC 9457 problem details whose type is "
						+ "https://alujrat.com/problems/<slug>; validation problems list {field, message} under errors."))
			.schemaRequirement("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
