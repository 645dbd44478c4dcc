package com.alujrat.notifications.internal;

import java.util.List;

import com.alujrat.shared.UserId;

/** A notification to be mailed (and texted, for a critical alert), once the transaction that made it commits. */
record MailDue(UserId to, String kind, String link, List<String> args, boolean sms) {
}
