package com.alujrat.platform.internal;

import java.time.Duration;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts, fonts, images and webjars are served under content-fingerprinted URLs (the template helper
 * {@code Ui.asset} asks for them), so they can be cached for a year and never asked for again: a changed file has a
 * new URL. Where a precompressed copy exists (the build gzips our own styles and scripts), it is sent as is; other
 * text is compressed by the server. Registered before Boot's own handlers, which then leave these paths alone.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssets implements WebMvcConfigurer {

	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "fonts", "img" }) {
			fingerprinted(registry, "/" + folder + "/**", "classpath:/static/" + folder + "/");
		}
		fingerprinted(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
	}

	private static void fingerprinted(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(FOREVER)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}
}
