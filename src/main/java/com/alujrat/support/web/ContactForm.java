package com.alujrat.support.web;

/** The contact form: {@code email} and {@code name} are asked of visitors only. */
public record ContactForm(String email, String name, String category, String subject, String body) {
}
