package com.alujrat.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bulk-SMS gateway ({@code ALUJRAT_SMS_URL}, {@code _USERNAME}, {@code _PASSWORD}, {@code _FROM}): for Twilio the
 * URL is {@code https://api.twilio.com/2010-04-01/Accounts/<sid>/Messages.json}, the user the account SID, the
 * password its auth token, and {@code from} the sending number or sender id.
 */
@ConfigurationProperties("alujrat.sms")
record SmsProperties(String url, String username, String password, String from) {
}
