package com.alujrat.reviews;

import java.util.UUID;

import com.alujrat.shared.UserId;

/** Staff hid a review's text; its author is told why. */
public record ReviewHidden(UUID review, UserId author, String reason) {
}
