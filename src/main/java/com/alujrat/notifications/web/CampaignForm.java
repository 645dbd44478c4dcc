package com.alujrat.notifications.web;

/** A marketing campaign as staff write it, in English and Urdu. */
public record CampaignForm(String subjectEn, String bodyEn, String subjectUr, String bodyUr) {
}
