package com.alujrat.payments.web;

/** The payout-method form as typed, to show again next to its errors. */
public record PayoutMethodForm(String kind, String accountTitle, String number) {
}
