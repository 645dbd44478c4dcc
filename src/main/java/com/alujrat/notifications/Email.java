package com.alujrat.notifications;

/** One message to one address, with a plain text part and an HTML part. */
public record Email(String to, String subject, String text, String html) {
}
