package com.alujrat.verification.web;

/** The text fields of the document form, shown again after an error (files never are). */
public record SubmissionForm(String legalName, String documentType, String documentNumber, String documentCountry) {

	public boolean isPassport() {
		return "PASSPORT".equals(documentType);
	}

	public String valueOrEmpty(String value) {
		return value == null ? "" : value;
	}
}
