package org.aftersales.web.tickets.view;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.aftersales.domain.shared.PageResult;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.tickets.boundary.MyJobs;
import org.aftersales.tickets.boundary.MyJobs.Job;
import org.aftersales.tickets.boundary.SlaWatch;
import org.aftersales.web.shared.view.PagedModel;

/** T4: the technician's open jobs as cards on the phone, the most urgent first. */
@Named
@ViewScoped
public class MyJobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MyJobs jobs;

    @Inject
    private SettingReader settings;

    private Duration dueSoon;
    private final PagedModel<Job> cards = new PagedModel<>(this::page, Job::number);

    @PostConstruct
    void init() {
        dueSoon = Duration.ofMinutes(settings.number(SlaWatch.DUE_SOON_MINUTES, 120));
    }

    PageResult<Job> page(int first, int size) {
        return jobs.mine(first, size);
    }

    public String deadlineClass(Instant deadline) {
        return DeadlineStyle.of(deadline, Instant.now(), dueSoon);
    }

    public String tel(String phone) {
        return PhoneLink.tel(phone);
    }

    public PagedModel<Job> getCards() {
        return cards;
    }
}
