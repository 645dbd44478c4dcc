package com.alujrat.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** Carries the "remember me" box ticked on the password step into the code step, where the session starts. */
class RememberMeRequest extends HttpServletRequestWrapper {

	RememberMeRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String getParameter(String name) {
		return "remember-me".equals(name) ? "on" : super.getParameter(name);
	}
}
