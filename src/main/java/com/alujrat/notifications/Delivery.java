package com.alujrat.notifications;

/** How a user wants one topic delivered: shown in the app and mailed, shown only, or not at all. */
public enum Delivery {

	EMAIL, IN_APP, OFF;

	public boolean shown() {
		return this != OFF;
	}

	public boolean mailed() {
		return this == EMAIL;
	}
}
