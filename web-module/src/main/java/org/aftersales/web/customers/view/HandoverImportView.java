package org.aftersales.web.customers.view;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.aftersales.customers.boundary.HandoverImport;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.web.shared.view.Feedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** C2: upload the sales hand-over file, preview what it would do, then import it. */
@Named
@ViewScoped
public class HandoverImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    @EJB
    private HandoverImport handover;

    private String fileName;
    private byte[] content;
    private HandoverImport.Result result;

    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > MAX_BYTES) {
            Feedback.error("handover.tooLarge");
            return;
        }
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        preview();
    }

    private void preview() {
        try {
            result = handover.preview(fileName, content);
        } catch (RuleViolationException e) {
            result = null;
            content = null;
            Feedback.failed(e, "importForm");
        }
    }

    public void importFile() {
        if (content == null) {
            Feedback.error("handover.noFile");
            return;
        }
        try {
            result = handover.importFile(fileName, content);
            Feedback.info(
                    "handover.imported",
                    result.newProducts(),
                    result.newCustomers(),
                    result.alreadyImported(),
                    result.rejected().size());
            content = null;
        } catch (RuleViolationException e) {
            Feedback.failed(e, "importForm");
        }
    }

    public String reason(HandoverImport.Rejection rejection) {
        return Feedback.text(rejection.reasonKey(), rejection.reasonArgs().toArray());
    }

    public StreamedContent getTemplate() {
        byte[] bytes = handover.template();
        return DefaultStreamedContent.builder()
                .name("客户档案信息表-handover.xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public boolean isReady() {
        return content != null && result != null && !result.applied();
    }

    public String getFileName() {
        return fileName;
    }

    public HandoverImport.Result getResult() {
        return result;
    }
}
