package com.alujrat.platform.web;

import java.util.List;
import java.util.Locale;

import com.alujrat.shared.UserId;

/** Implemented by a module that has something every page must tell a signed-in user (privacy's notices). */
public interface PageNotices {

	List<PageNotice> of(UserId user, Locale locale);
}
