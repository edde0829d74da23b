import 'reflect-metadata';
import { runSubgraphMain } from '@par/platform';
import { egovServices } from './subgraph';

runSubgraphMain(egovServices);
