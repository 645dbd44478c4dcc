package com.alujrat.platform;

/** A photo refused by {@link PhotoCheck}. */
public class PhotoRejected extends Rejected {

	public PhotoRejected(String field, String messageKey) {
		super(field, messageKey);
	}
}
