package org.aftersales.approvals.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.accounts.boundary.Caller;
import org.aftersales.accounts.boundary.StaffMember;
import org.aftersales.accounts.boundary.UserService;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.approvals.Actor;
import org.aftersales.domain.approvals.ApprovalRequest;
import org.aftersales.domain.approvals.Delegation;

/**
 * Who may decide, and who is told: the caller's capacities (themselves, then every colleague who
 * delegated to them for today), and the people behind a waiting step (its named users, the holders
 * of its roles, and their delegates of today).
 */
@Stateless
public class Deciders {

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @EJB
    private UserService users;

    /** The caller first, then each active delegator with the delegator's roles. */
    public List<Actor> capacities(Caller caller, LocalDate today) {
        List<Actor> actors = new ArrayList<>();
        actors.add(new Actor(caller.name(), caller.roles()));
        for (Delegation d : activeFor(caller.name(), today)) {
            users.staffMember(d.getFromUser())
                    .filter(StaffMember::active)
                    .ifPresent(s -> actors.add(new Actor(s.username(), s.roles())));
        }
        return actors;
    }

    /** The delegations a user gave or received (null: everyone's), newest first, at most 500. */
    public List<Delegation> delegations(String user) {
        var query = user == null
                ? em.createQuery("SELECT d FROM Delegation d ORDER BY d.id DESC", Delegation.class)
                : em.createQuery(
                                "SELECT d FROM Delegation d WHERE d.fromUser = :user OR d.toUser = :user"
                                        + " ORDER BY d.id DESC",
                                Delegation.class)
                        .setParameter("user", user);
        return query.setMaxResults(500).getResultList();
    }

    public List<Delegation> activeFor(String delegate, LocalDate today) {
        return em.createNamedQuery("Delegation.activeFor", Delegation.class)
                .setParameter("user", delegate)
                .setParameter("day", today)
                .getResultList();
    }

    /**
     * The people to tell that a step waits for them: its named users who have not decided, the
     * holders of its roles (administrators only when nobody else holds the role), and the delegates
     * of all of them today — never the requester.
     */
    public Set<String> toNotify(ApprovalRequest r, LocalDate today) {
        Set<String> people = new LinkedHashSet<>(r.waitingUsers());
        for (Role role : r.waitingRoles()) {
            List<String> holders = users.staffWith(role).stream()
                    .filter(StaffMember::active)
                    .map(StaffMember::username)
                    .toList();
            people.addAll(holders.isEmpty() ? users.holdersOf(role) : holders);
        }
        if (!people.isEmpty()) {
            em.createQuery(
                            "SELECT d.toUser FROM Delegation d WHERE d.fromUser IN :people AND d.revokedAt IS NULL"
                                    + " AND d.validFrom <= :day AND d.validUntil >= :day",
                            String.class)
                    .setParameter("people", people)
                    .setParameter("day", today)
                    .getResultList()
                    .forEach(people::add);
        }
        people.remove(r.getRequestedBy());
        return people;
    }
}
