package com.alujrat.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one network or address may ask for what costs us a mail or invites abuse. Loopback is not exempt;
 * tests raise these by configuration ({@code alujrat.limits.*}).
 */
@ConfigurationProperties("alujrat.limits")
public record AccountLimits(@DefaultValue("20") int signupsPerIpPerHour, @DefaultValue("20") int resetsPerIpPerHour,
		@DefaultValue("5") int resetsPerAddressPerHour, @DefaultValue("10") int resetMailsPerAddressPerHour,
		@DefaultValue("3") int guardianMailsPerAddressPerDay, @DefaultValue("5") int passwordChecksPerAccountPer15Minutes,
		@DefaultValue("10") int secondFactorFailuresPerAccountPer15Minutes) {
}
