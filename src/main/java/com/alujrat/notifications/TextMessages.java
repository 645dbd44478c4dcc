package com.alujrat.notifications;

/** Sends SMS to a phone number in E.164 form. Only the development outbox implements it so far. */
public interface TextMessages {

	void send(String phoneE164, String text);
}
