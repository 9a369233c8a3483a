package org.aftersales.tickets.maintenance.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.aftersales.tickets.maintenance.boundary.MaintenanceViews.RunReport;

/**
 * Where a run started on request (a single-action timer) leaves its report for the caller waiting
 * for it. Per server instance: a non-persistent timer runs where it was created.
 */
@ApplicationScoped
public class RunResults {

    private final Map<String, CompletableFuture<RunReport>> pending = new ConcurrentHashMap<>();

    public CompletableFuture<RunReport> expect(String id) {
        return pending.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    public void complete(String id, RunReport report) {
        CompletableFuture<RunReport> future = pending.remove(id);
        if (future != null) {
            future.complete(report);
        }
    }

    public void fail(String id, Throwable failure) {
        CompletableFuture<RunReport> future = pending.remove(id);
        if (future != null) {
            future.completeExceptionally(failure);
        }
    }

    public void forget(String id) {
        pending.remove(id);
    }
}
