/**
 * Sends what the platform has to tell people: email over SMTP when {@code spring.mail.host} is set, otherwise into
 * the development outbox shown at {@code /dev/outbox}; SMS into that outbox (no SMS gateway exists yet). The
 * outbox never exists in the {@code prod} profile.
 */
package com.alujrat.notifications;
