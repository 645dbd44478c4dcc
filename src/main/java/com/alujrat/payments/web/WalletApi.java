package com.alujrat.payments.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.alujrat.payments.internal.Payouts;
import com.alujrat.payments.internal.Wallets;
import com.alujrat.shared.SignedInUser;
import com.alujrat.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's wallet, statement, payout methods and payouts. */
@RestController
@RequestMapping("/api/v1/me")
class WalletApi {

	private final Wallets wallets;

	private final Payouts payouts;

	WalletApi(Wallets wallets, Payouts payouts) {
		this.wallets = wallets;
		this.payouts = payouts;
	}

	record Wallet(long pending, long available, String currency) {
	}

	record Transaction(String id, java.time.Instant at, String kind, String memo, String account, long amount,
			long balance, long transactionNumber) {

		static Transaction of(Wallets.Line line) {
			return new Transaction(Long.toString(line.id()), line.at(), line.kind(), line.memo(), line.account(),
					line.amount(), line.balance(), line.transactionNumber());
		}
	}

	record Transactions(List<Transaction> items, String next) {
	}

	record NewMethod(String kind, String accountTitle, String number, String password) {
	}

	record NewPayout(UUID methodId, Long amount) {
	}

	record Items<T>(List<T> items, String next) {
	}

	@GetMapping("/wallet")
	@Operation(summary = "Your wallet: pending (released, clearing) and available (may be paid out), in paisa")
	Wallet wallet() {
		Wallets.Balance balance = wallets.balance(me());
		return new Wallet(balance.pending(), balance.available(), "PKR");
	}

	@GetMapping(path = "/transactions", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your wallet's statement, newest first, with the running balance of each account")
	Transactions transactions(@RequestParam(required = false) String after) {
		Wallets.Statement statement = wallets.statement(me(), after, 50);
		return new Transactions(statement.items().stream().map(Transaction::of).toList(), statement.next());
	}

	@GetMapping(path = "/transactions", produces = "text/csv")
	@Operation(summary = "Your whole wallet statement as CSV")
	ResponseEntity<String> statementCsv() {
		return StatementCsv.download(wallets, me());
	}

	@GetMapping("/payout-methods")
	@Operation(summary = "Your payout methods (account numbers shown only by their last four characters)")
	Items<Payouts.Method> methods() {
		return new Items<>(payouts.methods(me()), null);
	}

	@PostMapping("/payout-methods")
	@Operation(summary = "Add a bank account (IBAN) or a JazzCash/Easypaisa wallet, with your password; usable after a 3-day wait")
	ResponseEntity<Payouts.Method> addMethod(@RequestBody NewMethod body) {
		Payouts.Method method = payouts.addMethod(me(), body.kind(), body.accountTitle(), body.number(), body.password());
		return ResponseEntity.created(URI.create("/api/v1/me/payout-methods/" + method.id())).body(method);
	}

	@DeleteMapping("/payout-methods/{id}")
	@Operation(summary = "Remove one of your payout methods")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeMethod(@PathVariable UUID id) {
		payouts.removeMethod(me(), id);
	}

	@GetMapping("/payouts")
	@Operation(summary = "Your payouts, newest first")
	Items<Payouts.Payout> payouts() {
		return new Items<>(payouts.of(me()), null);
	}

	@PostMapping("/payouts")
	@Operation(summary = "Withdraw part of your available balance to one of your payout methods (FINANCE approves)")
	ResponseEntity<Payouts.Payout> requestPayout(@RequestBody NewPayout body) {
		Payouts.Payout payout = payouts.request(me(), body.methodId(), body.amount());
		return ResponseEntity.created(URI.create("/api/v1/me/payouts/" + payout.id())).body(payout);
	}

	private static UserId me() {
		return SignedInUser.current().orElseThrow().id();
	}
}
