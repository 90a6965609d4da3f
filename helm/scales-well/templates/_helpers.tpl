{{/* Chart name, overridable. */}}
{{- define "scales-well.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Release-scoped prefix of every resource name; the release name alone when it already contains the chart name. */}}
{{- define "scales-well.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Name of one component's objects: <fullname>-<component>. Call with (dict "root" $ "component" "ingest"). */}}
{{- define "scales-well.componentName" -}}
{{- printf "%s-%s" (include "scales-well.fullname" .root) .component | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The released version: .Values.version (set by release.yml), else the chart's appVersion. */}}
{{- define "scales-well.version" -}}
{{- default .Chart.AppVersion .Values.version }}
{{- end }}

{{/* Labels on every object. */}}
{{- define "scales-well.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/part-of: {{ include "scales-well.name" . }}
app.kubernetes.io/version: {{ include "scales-well.version" . | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Selector labels of one component: stable across upgrades (no version). Call with (dict "root" $ "component" "ingest"). */}}
{{- define "scales-well.selectorLabels" -}}
app.kubernetes.io/name: {{ include "scales-well.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* Labels of one component's objects. */}}
{{- define "scales-well.componentLabels" -}}
{{ include "scales-well.labels" .root }}
{{ include "scales-well.selectorLabels" . }}
{{- end }}

{{/* Image reference: registry/repository:tag, the tag defaulting to the released version. Call with (dict "root" $ "image" .image). */}}
{{- define "scales-well.image" -}}
{{- $repository := .image.repository }}
{{- if .root.Values.image.registry }}
{{- $repository = printf "%s/%s" (trimSuffix "/" .root.Values.image.registry) .image.repository }}
{{- end }}
{{- printf "%s:%s" $repository (default (include "scales-well.version" .root) .image.tag) }}
{{- end }}

{{/* S3 settings every container gets. */}}
{{- define "scales-well.s3Env" -}}
- name: S3_BUCKET
  value: {{ .Values.s3.bucket | quote }}
- name: AWS_REGION
  value: {{ .Values.s3.region | quote }}
{{- with .Values.s3.endpoint }}
- name: SCALESWELL_S3_ENDPOINT
  value: {{ . | quote }}
{{- end }}
- name: SCALESWELL_S3_PATH_STYLE
  value: {{ .Values.s3.pathStyle | quote }}
{{- end }}

{{/* The /tmp emptyDir that makes a read-only root filesystem workable. Call with the size limit. */}}
{{- define "scales-well.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ . }}
{{- end }}

{{/* The etl-job container, shared by the CronJob and the first-run hook Job. The report goes to /tmp: the root filesystem is read-only. Call with (dict "root" $ "skipCurate" bool): the CronJob skips curate when Spark curates (etl.engine=spark). */}}
{{- define "scales-well.etlContainer" -}}
{{- $root := .root }}
- name: etl
  image: {{ include "scales-well.image" (dict "root" $root "image" $root.Values.etl.image) | quote }}
  imagePullPolicy: {{ $root.Values.image.pullPolicy }}
  args:
    {{- toYaml $root.Values.etl.args | nindent 4 }}
    {{- if .skipCurate }}
    - --skip-curate
    {{- end }}
    - --report
    - /tmp/etl-report.json
    {{- with $root.Values.etl.pushgatewayUrl }}
    - --pushgateway
    - {{ . | quote }}
    {{- end }}
  env:
    {{- include "scales-well.s3Env" $root | nindent 4 }}
    {{- with $root.Values.etl.javaOpts }}
    - name: JAVA_TOOL_OPTIONS
      value: {{ . | quote }}
    {{- end }}
    {{- with $root.Values.etl.extraEnv }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
  resources:
    {{- toYaml $root.Values.etl.resources | nindent 4 }}
  securityContext:
    {{- toYaml $root.Values.containerSecurityContext | nindent 4 }}
  volumeMounts:
    - name: tmp
      mountPath: /tmp
{{- end }}

{{/* Pod template of the Spark curate's driver or executors (etl.engine=spark): the release's labels and restricted security, the S3 environment etl-job gets, /tmp and Spark's work directory as emptyDirs (the root filesystem is read-only). Spark sets image, command, CPU and memory. Call with (dict "root" $ "container" NAME "apiAccess" bool): only the driver talks to the Kubernetes API. */}}
{{- define "scales-well.sparkPodTemplate" -}}
{{- $root := .root }}
{{- $ctx := dict "root" $root "component" "etl-spark" -}}
metadata:
  labels:
    {{- include "scales-well.componentLabels" $ctx | nindent 4 }}
spec:
  automountServiceAccountToken: {{ .apiAccess }}
  securityContext:
    {{- toYaml $root.Values.podSecurityContext | nindent 4 }}
  containers:
    - name: {{ .container }}
      env:
        {{- include "scales-well.s3Env" $root | nindent 8 }}
        {{- with $root.Values.etl.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      securityContext:
        {{- toYaml $root.Values.containerSecurityContext | nindent 8 }}
      volumeMounts:
        - name: tmp
          mountPath: /tmp
        - name: work-dir
          mountPath: /opt/spark/work-dir
  volumes:
    {{- include "scales-well.tmpVolume" $root.Values.etl.spark.tmpSizeLimit | nindent 4 }}
    - name: work-dir
      emptyDir:
        sizeLimit: 64Mi
{{- end }}
