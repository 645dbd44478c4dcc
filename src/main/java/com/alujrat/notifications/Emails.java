package com.alujrat.notifications;

/** Delivers email. Callers send from event listeners so that a failed delivery is retried. */
public interface Emails {

	void send(Email email);
}
