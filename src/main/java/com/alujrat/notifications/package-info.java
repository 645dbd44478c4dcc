/**
 * Sends what the platform has to tell people: email over SMTP when {@code spring.mail.host} is set, SMS through a
 * bulk-SMS gateway when {@code alujrat.sms.url} is set, otherwise into the development outbox shown at
 * {@code /dev/outbox} (to loopback callers only). The outbox never exists in the {@code prod} profile, which
 * therefore needs SMTP and an SMS gateway.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "platform :: web", "shared" })
package com.alujrat.notifications;
