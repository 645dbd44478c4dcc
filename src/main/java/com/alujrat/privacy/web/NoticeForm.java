package com.alujrat.privacy.web;

import com.alujrat.privacy.internal.PlatformNotices;

/** LEGAL's form for a business-transfer notice, in both languages. */
public record NoticeForm(String kind, String titleEn, String bodyEn, String titleUr, String bodyUr) {

	public NoticeForm {
		kind = kind == null ? "MERGER" : kind;
		titleEn = titleEn == null ? "" : titleEn;
		bodyEn = bodyEn == null ? "" : bodyEn;
		titleUr = titleUr == null ? "" : titleUr;
		bodyUr = bodyUr == null ? "" : bodyUr;
	}

	PlatformNotices.Kind chosenKind() {
		try {
			return PlatformNotices.Kind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
