package com.alujrat.platform.web;

/**
 * A notice every page shows a signed-in user until they act on it (a material policy change to acknowledge, a
 * business transfer to read about): its text, a link to read more, and the form that dismisses it.
 */
public record PageNotice(String id, String text, String linkPath, String linkText, String actionPath,
		String actionText, String hiddenName, String hiddenValue) {
}
