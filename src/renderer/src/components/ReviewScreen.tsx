import type { ReviewPage } from '../routing/route';
import { useStudyAnnotations } from '../data/use-review';
import { ANNOTATOR_KEY, useSetting } from '../data/use-setting';
import type { ReviewQueue } from '../study/review-queue';
import type { QuestionListRow, StudyRecord } from '../study/study-types';
import { AgreementPage } from './AgreementPage';
import { ExportPage } from './ExportPage';
import { QueuePage } from './QueuePage';
import { QueuesPage } from './QueuesPage';
import { ReviewNav } from './ReviewNav';
import { StatusMessage } from './StatusMessage';
import { TaxonomyEditor } from './TaxonomyEditor';

export interface ReviewScreenProps {
  study: StudyRecord;
  page: ReviewPage;
  id?: string;
  /** Every row of the study. */
  allRows: readonly QuestionListRow[];
  /** The question list as currently filtered. */
  rows: readonly QuestionListRow[];
  onPage: (page: ReviewPage, id?: string) => void;
  onOpenQuestion: (key: string, queue?: ReviewQueue) => void;
  onBack: () => void;
}

/** The review pages of a study: queues, one queue, annotator agreement, export, the label taxonomy. */
export function ReviewScreen({ study, page, id, allRows, rows, onPage, onOpenQuestion, onBack }: ReviewScreenProps) {
  const tags = useStudyAnnotations(study.id);
  const annotator = useSetting(ANNOTATOR_KEY, 'reviewer');
  let body: React.ReactNode;
  if (tags === undefined) body = <StatusMessage kind="loading">Loading annotations…</StatusMessage>;
  else if (page === 'queues')
    body = <QueuesPage study={study} rows={allRows} tags={tags} annotator={annotator} onOpenQueue={(q) => onPage('queue', q)} onOpenItem={(q, key) => onOpenQuestion(key, q)} />;
  else if (page === 'queue' && id) body = <QueuePage queueId={id} tags={tags} annotator={annotator} conditions={study.conditions} rows={allRows} onOpenItem={(q, key) => onOpenQuestion(key, q)} />;
  else if (page === 'agreement') body = <AgreementPage studyId={study.id} tags={tags} annotator={annotator} onOpenQuestion={(key) => onOpenQuestion(key)} />;
  else if (page === 'export') body = <ExportPage study={study} rows={rows} tags={tags} />;
  else body = <TaxonomyEditor />;
  return (
    <main className="study-screen" data-testid="review-screen" data-page={page}>
      <div className="question-view__nav">
        <button type="button" className="button" onClick={onBack} title="Back to the question list">
          ← Questions
        </button>
        <ReviewNav studyId={study.id} page={page} onPage={(p) => onPage(p)} />
      </div>
      {body}
    </main>
  );
}
