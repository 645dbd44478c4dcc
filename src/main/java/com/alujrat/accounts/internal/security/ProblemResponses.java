package com.alujrat.accounts.internal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.alujrat.platform.web.ApiProblem;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Problem details written by security filters, outside any controller. */
@Component
class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, int status, String slug, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(org.springframework.http.HttpStatus.valueOf(status),
				detail);
		problem.setType(ApiProblem.type(slug));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
