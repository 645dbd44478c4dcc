package com.alujrat.contracts;

import com.alujrat.shared.UserId;

public record OfferSent(OfferId offer, UserId employer, UserId freelancer) {
}
