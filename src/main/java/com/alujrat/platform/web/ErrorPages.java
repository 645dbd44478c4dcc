package com.alujrat.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Friendly error pages in the visitor's language; problem details for API callers. Never a stack trace. */
@Controller
class ErrorPages implements ErrorController {

	private final UiAdvice uiAdvice;

	ErrorPages(UiAdvice uiAdvice) {
		this.uiAdvice = uiAdvice;
	}

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		model.addAttribute("ui", uiAdvice.forRequest(request));
		model.addAttribute("status", status.value());
		if (isApi(request)) {
			return "forward:/error/problem";
		}
		return "error/page";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(ApiProblem.type(slug(status)));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@RequestMapping("/error/problem")
	ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
		return problem(request);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String slug(HttpStatus status) {
		return Map.of(404, "not-found", 403, "forbidden", 401, "unauthorized", 405, "method-not-allowed")
			.getOrDefault(status.value(), status.is5xxServerError() ? "internal-error" : "bad-request");
	}
}
