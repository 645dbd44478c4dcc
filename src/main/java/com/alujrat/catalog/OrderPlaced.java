package com.alujrat.catalog;

import java.util.List;
import java.util.UUID;

import com.alujrat.shared.Money;
import com.alujrat.shared.UserId;

/**
 * An employer ordered a package: {@code contracts} makes contract {@code contract} in the same transaction, with one
 * milestone at the package's price, the package's revisions and a 3-day acceptance after delivery.
 */
public record OrderPlaced(UUID order, UUID contract, String title, String requirements, UserId employer,
		UserId freelancer, Money price, int deliveryDays, int revisions, List<String> answers) {
}
