package org.aftersales.web.tickets.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.ws.WebFault;
import java.util.ArrayList;
import java.util.List;

/** The SOAP fault of a refused request: the same status, title and field errors as the API's problem+json. */
@WebFault(name = "repairRequestFault", targetNamespace = RepairRequestEndpoint.NAMESPACE)
public class RepairRequestFault extends Exception {

    private final Info info;

    public RepairRequestFault(String message, Info info) {
        super(message);
        this.info = info;
    }

    public Info getFaultInfo() {
        return info;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "repairRequestFaultInfo",
            propOrder = {"status", "title", "errors"})
    public static class Info {
        public int status;
        public String title;
        public List<FieldProblem> errors = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(
            name = "fieldProblem",
            propOrder = {"field", "message"})
    public static class FieldProblem {
        public String field;
        public String message;
    }
}
