package com.alujrat.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.platform.Rejected;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A rule's refusal that a page did not show next to a field (a malformed "more" link, say) becomes the error page
 * of its status (400, 403, 409) instead of a 500. API controllers answer problem details first (ApiProblemAdvice).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(Rejected.class)
	void rejected(Rejected rejected, HttpServletResponse response) throws IOException {
		response.sendError(rejected.status().value());
	}
}
