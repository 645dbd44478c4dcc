package com.alujrat.privacy.web;

/** LEGAL's form for a new policy version; what was typed comes back with the field errors. */
public record PolicyForm(String kind, String version, String summary, String bodyEn, String bodyUr, Boolean material) {

	public PolicyForm {
		kind = kind == null || kind.isBlank() ? "TERMS" : kind;
		version = version == null ? "" : version;
		summary = summary == null ? "" : summary;
		bodyEn = bodyEn == null ? "" : bodyEn;
		bodyUr = bodyUr == null ? "" : bodyUr;
	}
}
