// usage: AFTERSALES_PASSWORD=... java config/bench/FloorProbe.java http://localhost:8080/aftersales /api/v1/health 300
import java.net.URI; import java.net.http.*; import java.util.*;
/** The floor beside a benchmark: GET PATH N times (after 50) with Basic auth, 1 client, p50/p95/p99/max. */
public class FloorProbe {
  public static void main(String[] a) throws Exception {
    String url=a[0], path=a[1]; int n=Integer.parseInt(a[2]);
    HttpClient h=HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String auth="Basic "+Base64.getEncoder().encodeToString(("admin:"+System.getenv("AFTERSALES_PASSWORD")).getBytes());
    List<Double> ms=new ArrayList<>();
    for(int i=0;i<n+50;i++){ long t=System.nanoTime();
      HttpResponse<String> r=h.send(HttpRequest.newBuilder(URI.create(url+path)).header("Authorization",auth).header("Accept","application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
      if(r.statusCode()!=200) throw new IllegalStateException(r.statusCode()+" "+r.body());
      if(i>=50) ms.add((System.nanoTime()-t)/1e6);}
    Collections.sort(ms);
    System.out.printf("==> GET %s: %d requests, 1 client, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", path, n, ms.get(n/2), ms.get((int)Math.ceil(n*0.95)-1), ms.get((int)Math.ceil(n*0.99)-1), ms.get(n-1));
  }
}
