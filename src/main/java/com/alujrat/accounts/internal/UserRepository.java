package com.alujrat.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface UserRepository extends CrudRepository<User, UUID> {

	@Query("select * from accounts.users where lower(email) = lower(:email)")
	Optional<User> findByEmail(String email);

	@Query("select user_id from accounts.staff_roles r join accounts.users u on u.id = r.user_id "
			+ "where r.role = :role and u.status = 'ACTIVE'")
	java.util.List<UUID> staffWithRole(String role);
}
